#!/usr/bin/env node
// Thin launcher: the CLI returns an exit code; this sets it and lets piped output flush.
import { main } from '../dist/cli.js'

process.exitCode = await main(process.argv.slice(2))
