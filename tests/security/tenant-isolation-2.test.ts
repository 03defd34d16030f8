import { walkEveryRoute } from './tenant-walk';

// The second half of the routes (the first half and the test of the check are in tenant-isolation.test.ts).
walkEveryRoute({ index: 1, of: 2 });
