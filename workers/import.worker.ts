import * as Comlink from 'comlink';
import { previewImport } from '../src/import/index.ts';
import { readPlanTable } from '../src/import/plan-table/index.ts';

// Reading a user's table off the main thread: a 5 MB yearbook takes seconds to parse.
Comlink.expose({ previewImport, readPlanTable });
