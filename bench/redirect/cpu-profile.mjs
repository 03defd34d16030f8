// Preloaded into a Voce process by the redirect benchmark (BENCH_CPU_PROF): records a V8 CPU profile from start to exit.
// Node refuses --cpu-prof in NODE_OPTIONS, so the inspector is driven from here; an in-thread session answers
// synchronously, which lets the profile be written from the 'exit' handler.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const dir = process.env.BENCH_CPU_PROF;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.enable');
  session.post('Profiler.start');
  process.on('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (err) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `voce-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
