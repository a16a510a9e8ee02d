/** The worker-thread entry point (piscina calls the default export once per input). */
import { convertOne, type ConvertTask, type ConvertResult } from './convert-one.js';

export default function run(task: ConvertTask): Promise<ConvertResult> {
  return convertOne(task);
}
