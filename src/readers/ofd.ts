export async function readOfd(_bytes: Uint8Array, _file: string): Promise<never> { throw new Error('todo'); }
