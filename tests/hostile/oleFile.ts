/**
 * A minimal OLE compound file (MS-CFB, version 3: 512-byte sectors), the container of Excel 97-2003 workbooks and
 * of password-protected (encrypted) .xlsx files, with the named streams given. Streams are padded to 4,096 bytes so
 * they live in regular sectors (no mini stream). Enough for a reader to recognise the file as what it is.
 */

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export interface OleStream {
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * @example oleFile([{ name: "Workbook", data: biffBof }]) // what Excel 97-2003 saves, in miniature
 */
export function oleFile(streams: readonly OleStream[]): Uint8Array {
  if (streams.length > 3) throw new Error("oleFile: at most 3 streams (one directory sector)");
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = new Uint8Array(size);
    data.set(s.data);
    return { name: s.name, data, size: s.data.length < 4096 ? 4096 : s.data.length, sectors: size / SECTOR };
  });
  const totalSectors = 2 + padded.reduce((n, s) => n + s.sectors, 0);
  if (totalSectors > SECTOR / 4) throw new Error("oleFile: too large for one FAT sector");
  const out = new Uint8Array(SECTOR * (1 + totalSectors));
  const view = new DataView(out.buffer);

  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint16(0x20, 6, true); // 64-byte mini sectors
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, ENDOFCHAIN, true);
  view.setUint32(0x44, ENDOFCHAIN, true);
  view.setUint32(0x4c, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, FREESECT, true);

  const sectorAt = (n: number) => SECTOR * (1 + n);
  // FAT (sector 0): itself, the directory (sector 1), then each stream's chain.
  const fat = (index: number, value: number) => view.setUint32(sectorAt(0) + index * 4, value, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREESECT);
  fat(0, FATSECT);
  fat(1, ENDOFCHAIN);
  let next = 2;
  const starts = padded.map((s) => {
    const start = next;
    for (let k = 0; k < s.sectors; k++) fat(start + k, k === s.sectors - 1 ? ENDOFCHAIN : start + k + 1);
    out.set(s.data, sectorAt(start));
    next += s.sectors;
    return start;
  });

  // Directory (sector 1): the root, then each stream, chained as right siblings (all black).
  const entry = (index: number, name: string, type: 5 | 2, child: number, right: number, start: number, size: number) => {
    const at = sectorAt(1) + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = 1;
    view.setUint32(at + 0x44, NOSTREAM, true);
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  for (let i = padded.length + 1; i < 4; i++) {
    const at = sectorAt(1) + i * 128;
    for (const field of [0x44, 0x48, 0x4c]) view.setUint32(at + field, NOSTREAM, true);
  }
  entry(0, "Root Entry", 5, padded.length > 0 ? 1 : NOSTREAM, NOSTREAM, ENDOFCHAIN, 0);
  padded.forEach((s, i) => entry(i + 1, s.name, 2, NOSTREAM, i + 2 <= padded.length ? i + 2 : NOSTREAM, starts[i] ?? 0, s.size));
  return out;
}
