// A lint worker: one Linter for the whole run (configs and rules load once per worker), fed
// drafts by the pool. Built as its own entry point, dist/worker.js.
import { parentPort, workerData } from 'node:worker_threads'
import { Linter, type LinterOptions } from '../lint/linter.ts'
import { serializeError, type Job, type Reply } from './protocol.ts'

const linter = new Linter(workerData as LinterOptions)
const port = parentPort!

port.on('message', (job: Job) => {
  linter.lintText(job.text, job.path).then(
    (result) => port.postMessage({ id: job.id, result } satisfies Reply),
    (error: unknown) => port.postMessage({ id: job.id, error: serializeError(error) } satisfies Reply),
  )
})
