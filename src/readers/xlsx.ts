export async function readXlsx(_bytes: Uint8Array, _file: string): Promise<never> { throw new Error('todo'); }
