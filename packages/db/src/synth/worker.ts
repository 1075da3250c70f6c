import { parentPort, workerData } from 'node:worker_threads';
import { PersonalDataCipher } from '../crypto/index.js';
import { deserializeKeyRing, generateAndLoad, type SerialKeyRing } from './load.js';
import type { ProvinceOptions } from './province.js';
import { postgresTarget } from './target.js';

/*
 * A generator worker: SM4 encryption in JavaScript is the bottleneck of the load (about 10,000 persons/s on
 * one core), so each core gets a thread with its own connection, and the main thread only hands out chunk
 * numbers and draws the progress bar.
 */
interface WorkerInput {
  url: string;
  ring: SerialKeyRing;
  options: ProvinceOptions;
  staging: boolean;
}

const input = workerData as WorkerInput;
const port = parentPort!;
const cipher = new PersonalDataCipher(deserializeKeyRing(input.ring));
const target = await postgresTarget(input.url);

port.on('message', (message: { chunkNo: number } | { stop: true }) => {
  if ('stop' in message) {
    void target.close().finally(() => port.close());
    return;
  }
  generateAndLoad(target, deserializeKeyRing(input.ring), input.options, message.chunkNo, input.staging, cipher).then(
    (result) => port.postMessage({ chunkNo: message.chunkNo, ...result }),
    (error: unknown) => port.postMessage({ chunkNo: message.chunkNo, error: error instanceof Error ? error.message : String(error) }),
  );
});
port.postMessage({ ready: true });
