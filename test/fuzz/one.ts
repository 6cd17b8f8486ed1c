// pyc's verdict on the bytes on stdin, as one JSON line: lets a shrinking step that may hang run
// in a child process with a time limit.
import { readFileSync } from 'node:fs';
import { pycVerdict } from './verdicts.js';

process.stdout.write(JSON.stringify(pycVerdict(new Uint8Array(readFileSync(0)))) + '\n');
