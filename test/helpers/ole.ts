/**
 * The smallest OLE compound file Office would call an encrypted document: a
 * root entry plus `EncryptionInfo` and `EncryptedPackage` streams (what Word
 * writes instead of a zip when a .docx has a password). Contents are empty:
 * the name of the stream is what marks the file as encrypted.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

function header(): Buffer {
  const h = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(h, 0);
  h.writeUInt16LE(0x3e, 0x18); // minor version
  h.writeUInt16LE(3, 0x1a); // major version 3: 512-byte sectors
  h.writeUInt16LE(0xfffe, 0x1c); // little-endian
  h.writeUInt16LE(9, 0x1e); // sector shift
  h.writeUInt16LE(6, 0x20); // mini sector shift
  h.writeUInt32LE(1, 0x2c); // one FAT sector
  h.writeUInt32LE(1, 0x30); // directory starts at sector 1
  h.writeUInt32LE(4096, 0x38); // mini stream cutoff
  h.writeUInt32LE(END_OF_CHAIN, 0x3c); // no mini FAT
  h.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sectors
  h.writeUInt32LE(0, 0x4c); // the FAT is sector 0
  for (let i = 1; i < 109; i++) h.writeUInt32LE(FREE, 0x4c + i * 4);
  return h;
}

function fat(): Buffer {
  const f = Buffer.alloc(SECTOR, 0xff);
  f.writeUInt32LE(FAT_SECTOR, 0);
  f.writeUInt32LE(END_OF_CHAIN, 4);
  return f;
}

function entry(name: string, type: number, child = FREE, right = FREE): Buffer {
  const e = Buffer.alloc(128, 0);
  e.write(name, 0, 'utf16le');
  e.writeUInt16LE((name.length + 1) * 2, 0x40);
  e[0x42] = type;
  e[0x43] = 1; // black
  e.writeUInt32LE(FREE, 0x44); // left sibling
  e.writeUInt32LE(right, 0x48);
  e.writeUInt32LE(child, 0x4c);
  e.writeUInt32LE(END_OF_CHAIN, 0x74); // empty stream
  return e;
}

export function encryptedOfficeFile(): Buffer {
  const directory = Buffer.concat([
    entry('Root Entry', 5, 1),
    entry('EncryptionInfo', 2, FREE, 2),
    entry('EncryptedPackage', 2),
    Buffer.alloc(128, 0),
  ]);
  return Buffer.concat([header(), fat(), directory]);
}
