import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Starts the files known to take minutes first. A clean CI clone has no timing cache, so vitest would order by file
 * size and could leave one long file running alone at the end while the other worker idles.
 */
export function slowFirst(slow: RegExp[]) {
  return class SlowFirstSequencer extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const rank = (f: TestSpecification) => {
        const i = slow.findIndex((re) => re.test(f.moduleId));
        return i < 0 ? slow.length : i;
      };
      return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
    }
  };
}
