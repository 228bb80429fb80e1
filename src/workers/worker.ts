// A lint worker: one Linter for the whole run (configs and rules load once per worker), fed
// batches of drafts by the pool. Built as its own entry point, dist/worker.js.
import { parentPort, workerData } from 'node:worker_threads'
import { Linter, type LinterOptions } from '../lint/linter.ts'
import { serializeError, type Batch, type FromWorker, type Reply } from './protocol.ts'

const linter = new Linter(workerData as LinterOptions)
const port = parentPort!

port.on('message', async ({ jobs }: Batch) => {
  const replies: Reply[] = []
  for (const job of jobs) {
    try {
      replies.push({ id: job.id, result: await linter.lintText(job.text, job.path) })
    } catch (error) {
      replies.push({ id: job.id, error: serializeError(error) })
    }
  }
  port.postMessage({ replies } satisfies FromWorker)
})
// Until now the main thread lints every draft itself; a draft sent earlier would wait for this.
port.postMessage('ready' satisfies FromWorker)
