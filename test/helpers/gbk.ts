/** A GBK encoder for tests (see double-byte.ts). */
import { doubleByteEncoder } from './double-byte.js';

export const encodeGbk = doubleByteEncoder({ label: 'gb18030', name: 'GBK', leads: [0x81, 0xfe], isTrail: (b) => b !== 0x7f });
