/**
 * Writes zip archives byte by byte, so that tests control what zip libraries
 * normalize away: entry names in GBK without the UTF-8 flag (and without the
 * Unicode Path extra field jszip adds), as Chinese Windows tools write them.
 * Entries are stored (no compression), which every reader must accept.
 */
import { crc32 } from 'node:zlib';

export interface ZipInput {
  /** UTF-8 name (flag set), or raw name bytes written as they are (flag not set). */
  name: string | Buffer;
  data: Uint8Array | string;
  /** Set the "encrypted" flag (the data stays plain: readers must refuse before decrypting). */
  encrypted?: boolean;
}

const UTF8_FLAG = 0x0800;

/** What an entry stores: encrypted entries start with a 12-byte encryption header (the data itself is left plain here). */
function payloadOf(data: Buffer, flags: number): Buffer {
  return flags & 1 ? Buffer.concat([Buffer.alloc(12, 0x42), data]) : data;
}

function localHeader(name: Buffer, flags: number, data: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(flags, 6);
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(payloadOf(data, flags).length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

function centralHeader(name: Buffer, flags: number, data: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(flags, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt32LE(0x00210000, 12);
  header.writeUInt32LE(crc32(data), 16);
  header.writeUInt32LE(payloadOf(data, flags).length, 20);
  header.writeUInt32LE(data.length, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

export function buildZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const flags = (typeof entry.name === 'string' ? UTF8_FLAG : 0) | (entry.encrypted ? 1 : 0);
    const data = Buffer.from(entry.data);
    const local = Buffer.concat([localHeader(name, flags, data), payloadOf(data, flags)]);
    centrals.push(centralHeader(name, flags, data, offset));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}
