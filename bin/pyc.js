#!/usr/bin/env node
// The `pyc` command: runs the compiled CLI (built by `npm install` via the prepare script).
import '../dist/src/cli/main.js';
