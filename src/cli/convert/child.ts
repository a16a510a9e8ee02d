/**
 * The child-process entry point for `--pool processes`: one input per IPC
 * message. Ctrl-C reaches the whole process group; the parent decides when to
 * stop, so the child ignores SIGINT rather than dying mid-write.
 */
import { convertOne, type ConvertTask } from './convert-one.js';

process.on('SIGINT', () => undefined);
// 'advanced' serialization (see pool.ts) brings the bytes over as a Uint8Array
process.on('message', (message: { id: number; task: ConvertTask }) => {
  void convertOne(message.task).then((result) => process.send?.({ id: message.id, result }));
});
process.on('disconnect', () => process.exit(0));
