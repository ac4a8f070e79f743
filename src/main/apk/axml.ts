// A validating reader of Android's binary XML (the compiled AndroidManifest.xml inside an APK).
//
// Why our own: the APK comes from outside (a file the user names, or whatever is installed on the
// phone), and the reader we used before (@devicefarmer/adbkit-apkreader) trusts every size and
// offset in it: a chunk whose size is 0 loops forever, a string pool whose offsets all point at one
// big string decodes it again for each (1 GB from a 2.5 KB APK). Here every chunk header is checked
// against the bytes that remain, every string offset and length against its pool, and the work is
// capped (decoded string bytes, elements, depth, attributes, a deadline), so any input ends quickly
// with a tree or an AxmlError saying what is wrong.
//
// The format is AOSP's frameworks/base/libs/androidfw/include/androidfw/ResourceTypes.h
// (ResChunk_header, ResStringPool_header, ResXMLTree_node, ResXMLTree_attrExt,
// ResXMLTree_attribute, Res_value); the checks follow ResourceTypes.cpp's validate_chunk and
// ResXMLTree::setTo, so what Android itself refuses to install is refused here too. Seen in the
// output of Debian's `aapt package` (src/sim/apks/build.ts) and in APKs pulled from phones.

export interface AxmlAttribute {
  namespaceURI: string | null;
  name: string;
  /** The typed value as adbkit-apkreader gave it: string, number, boolean, `resourceId:0x…`, null, or an object for dimensions and fractions. */
  value: unknown;
}

export interface AxmlElement {
  namespaceURI: string | null;
  nodeName: string;
  attributes: AxmlAttribute[];
  childNodes: AxmlElement[];
}

export interface AxmlLimits {
  /** The largest document read. Real manifests are well under 1 MiB (large apps: a few hundred KiB). */
  maxBytes: number;
  /** Bytes of string data decoded in all (a string used many times is decoded once). */
  maxStringBytes: number;
  maxElements: number;
  maxDepth: number;
  maxAttributesPerElement: number;
  /** Wall-clock budget of one parse, in ms. */
  timeoutMs: number;
}

export const AXML_LIMITS: AxmlLimits = {
  maxBytes: 16 * 1024 * 1024,
  maxStringBytes: 16 * 1024 * 1024,
  maxElements: 200_000,
  maxDepth: 64,
  maxAttributesPerElement: 1024,
  timeoutMs: 5_000,
};

export class AxmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at byte ${offset})`);
    this.name = 'AxmlError';
  }
}

const RES_STRING_POOL_TYPE = 0x0001;
const RES_XML_TYPE = 0x0003;
const RES_XML_START_ELEMENT_TYPE = 0x0102;
const RES_XML_END_ELEMENT_TYPE = 0x0103;

const UTF8_FLAG = 1 << 8;
const NO_ENTRY = 0xffffffff;

/** Lazily decoded strings: only the ones the document uses, each offset once, all within the pool. */
class StringPool {
  private readonly cache = new Map<number, string>();
  private decodedBytes = 0;

  constructor(
    private readonly buf: Buffer,
    /** Where the pool chunk starts and ends (exclusive). */
    private readonly chunkStart: number,
    private readonly chunkEnd: number,
    private readonly offsetsAt: number,
    readonly count: number,
    private readonly stringsAt: number,
    private readonly utf8: boolean,
    private readonly limits: AxmlLimits,
  ) {}

  get(index: number, at: number): string {
    if (index >= this.count)
      throw new AxmlError(`string #${index} asked for, but the string pool holds ${this.count}`, at);
    const offset = this.buf.readUInt32LE(this.offsetsAt + index * 4);
    const cached = this.cache.get(offset);
    if (cached !== undefined) return cached;
    const start = this.stringsAt + offset;
    // The offset is a u32 from the file: checked before any read, as is every length after it.
    if (offset >= this.chunkEnd - this.stringsAt)
      throw new AxmlError(`string #${index} starts at offset ${offset}, beyond its string pool`, this.chunkStart);
    let p = start;
    const need = (n: number) => {
      if (p + n > this.chunkEnd) throw new AxmlError(`string #${index} runs past the end of its string pool`, start);
    };
    let byteLength: number;
    let value: string;
    if (this.utf8) {
      // Two lengths, each one byte or two (high bit set): characters, then bytes.
      const len8 = () => {
        need(1);
        let n = this.buf[p++];
        if (n & 0x80) {
          need(1);
          n = ((n & 0x7f) << 8) | this.buf[p++];
        }
        return n;
      };
      len8();
      byteLength = len8();
      need(byteLength + 1);
      this.charge(byteLength, index, start);
      value = this.buf.toString('utf8', p, p + byteLength);
    } else {
      // One length in UTF-16 units, one u16 or two (high bit set).
      need(2);
      let n = this.buf.readUInt16LE(p);
      p += 2;
      if (n & 0x8000) {
        need(2);
        n = (n & 0x7fff) * 0x10000 + this.buf.readUInt16LE(p);
        p += 2;
      }
      byteLength = n * 2;
      need(byteLength + 2);
      this.charge(byteLength, index, start);
      value = this.buf.toString('utf16le', p, p + byteLength);
    }
    this.cache.set(offset, value);
    return value;
  }

  private charge(bytes: number, index: number, at: number): void {
    this.decodedBytes += bytes;
    if (this.decodedBytes > this.limits.maxStringBytes)
      throw new AxmlError(
        `the strings used add up to more than ${this.limits.maxStringBytes} bytes (string #${index} is ${bytes} bytes)`,
        at,
      );
  }
}

const float32 = (bits: number): number => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(bits >>> 0);
  return b.readFloatLE(0);
};

const DIMENSION_UNITS = ['px', 'dp', 'sp', 'pt', 'in', 'mm'];
const RADIX_MULT = [1 / (1 << 0), 1 / (1 << 7), 1 / (1 << 15), 1 / (1 << 23)];
/** Dimensions and fractions: a 24-bit mantissa with a radix (TypedValue.complexToFloat). */
const complexToFloat = (data: number): number => (data & 0xffffff00) * RADIX_MULT[(data >> 4) & 3];

/** Parses a binary XML document; throws AxmlError for anything malformed or beyond the limits. */
export function parseAxml(buf: Buffer, limits: Partial<AxmlLimits> = {}): AxmlElement {
  const lim: AxmlLimits = { ...AXML_LIMITS, ...limits };
  const deadline = Date.now() + lim.timeoutMs;
  if (buf.length > lim.maxBytes)
    throw new AxmlError(`the document is ${buf.length} bytes, more than the ${lim.maxBytes} a manifest may have`, 0);
  if (buf.length < 8) throw new AxmlError(`the document is ${buf.length} bytes, too short for binary XML`, 0);
  const type = buf.readUInt16LE(0);
  const headerSize = buf.readUInt16LE(2);
  const size = buf.readUInt32LE(4);
  if (type !== RES_XML_TYPE)
    throw new AxmlError(
      `not binary XML (first chunk type 0x${type.toString(16)}, expected 0x3; a plain-text manifest is only in unbuilt sources)`,
      0,
    );
  if (headerSize < 8 || headerSize > size)
    throw new AxmlError(`the XML header says its header is ${headerSize} bytes of a ${size}-byte chunk`, 0);
  if (size > buf.length)
    throw new AxmlError(`the XML chunk says it is ${size} bytes, but the document has ${buf.length}`, 0);
  const end = size;

  let pool: StringPool | undefined;
  const str = (index: number, at: number): string => {
    if (!pool) throw new AxmlError('an element comes before the string pool', at);
    return pool.get(index, at);
  };
  const optStr = (index: number, at: number): string | null => (index === NO_ENTRY ? null : str(index, at));

  const typedValue = (at: number): unknown => {
    // Res_value: size u16, res0 u8, dataType u8, data u32.
    const dataType = buf[at + 3];
    const data = buf.readUInt32LE(at + 4);
    switch (dataType) {
      case 0x00:
        return null;
      case 0x01:
        return `resourceId:0x${data.toString(16)}`;
      case 0x03:
        return str(data, at);
      case 0x04:
        return float32(data);
      case 0x05:
        return { value: complexToFloat(data), unit: DIMENSION_UNITS[data & 0xf] ?? null, rawUnit: data & 0xf };
      case 0x06:
        return { value: complexToFloat(data), type: (data & 0xf) === 1 ? '%p' : '%', rawType: data & 0xf };
      case 0x10:
      case 0x11:
        return data | 0;
      case 0x12:
        return data !== 0;
      case 0x1c:
      case 0x1e:
        return data.toString(16);
      case 0x1d:
      case 0x1f:
        return (data & 0xffffff).toString(16);
      default:
        return data;
    }
  };

  let root: AxmlElement | undefined;
  let rootClosed = false;
  const stack: AxmlElement[] = [];
  let elements = 0;
  let chunks = 0;

  for (let at = headerSize; at < end;) {
    if (++chunks % 1024 === 0 && Date.now() > deadline)
      throw new AxmlError(`reading took longer than ${lim.timeoutMs} ms`, at);
    if (end - at < 8) throw new AxmlError(`${end - at} stray bytes at the end, too few for a chunk header`, at);
    const cType = buf.readUInt16LE(at);
    const cHeader = buf.readUInt16LE(at + 2);
    const cSize = buf.readUInt32LE(at + 4);
    // validate_chunk: a header of at least 8 bytes inside a chunk that fits what is left, 4-aligned.
    // A size of 0 (the old reader's endless loop) fails here.
    if (cHeader < 8) throw new AxmlError(`chunk 0x${cType.toString(16)} has a ${cHeader}-byte header (at least 8)`, at);
    if (cSize < cHeader)
      throw new AxmlError(
        `chunk 0x${cType.toString(16)} is ${cSize} bytes, smaller than its ${cHeader}-byte header`,
        at,
      );
    if (cSize > end - at)
      throw new AxmlError(`chunk 0x${cType.toString(16)} says it is ${cSize} bytes, but only ${end - at} are left`, at);
    if ((cSize | cHeader) & 3)
      throw new AxmlError(`chunk 0x${cType.toString(16)} is not 4-byte aligned (size ${cSize}, header ${cHeader})`, at);
    const cEnd = at + cSize;
    const body = at + cHeader;

    switch (cType) {
      case RES_STRING_POOL_TYPE: {
        // As ResXMLTree::setTo: before the first node a later pool replaces an earlier one; after
        // it, a pool is a chunk the node walk skips.
        if (root) break;
        if (cHeader < 28) throw new AxmlError(`the string pool header is ${cHeader} bytes (28 expected)`, at);
        const count = buf.readUInt32LE(at + 8);
        const flags = buf.readUInt32LE(at + 16);
        const stringsStart = buf.readUInt32LE(at + 20);
        if (count > (cSize - cHeader) / 4)
          throw new AxmlError(`the string pool claims ${count} strings, more than its ${cSize} bytes can index`, at);
        if (count > 0 && (stringsStart < cHeader + count * 4 || stringsStart > cSize))
          throw new AxmlError(
            `the string pool's strings start at ${stringsStart}, outside its ${cSize} bytes or over its offsets`,
            at,
          );
        pool = new StringPool(buf, at, cEnd, body, count, at + stringsStart, (flags & UTF8_FLAG) !== 0, lim);
        break;
      }
      case RES_XML_START_ELEMENT_TYPE: {
        // ResXMLTree_node (16 bytes) then ResXMLTree_attrExt (20 bytes).
        if (cHeader < 16 || cSize < cHeader + 20)
          throw new AxmlError(`a start-element chunk of ${cSize} bytes is too short`, at);
        if (rootClosed) throw new AxmlError('a second root element', at);
        if (++elements > lim.maxElements) throw new AxmlError(`more than ${lim.maxElements} elements`, at);
        if (stack.length >= lim.maxDepth) throw new AxmlError(`elements nested more than ${lim.maxDepth} deep`, at);
        const ns = buf.readUInt32LE(body);
        const name = buf.readUInt32LE(body + 4);
        const attrStart = buf.readUInt16LE(body + 8);
        const attrSize = buf.readUInt16LE(body + 10);
        const attrCount = buf.readUInt16LE(body + 12);
        if (attrCount > lim.maxAttributesPerElement)
          throw new AxmlError(`an element with ${attrCount} attributes (at most ${lim.maxAttributesPerElement})`, at);
        if (attrCount > 0 && (attrSize < 20 || body + attrStart + attrCount * attrSize > cEnd))
          throw new AxmlError(
            `${attrCount} attributes of ${attrSize} bytes do not fit their ${cSize}-byte element chunk`,
            at,
          );
        const node: AxmlElement = {
          namespaceURI: optStr(ns, at),
          nodeName: str(name, at),
          attributes: [],
          childNodes: [],
        };
        for (let i = 0; i < attrCount; i++) {
          const a = body + attrStart + i * attrSize;
          // ResXMLTree_attribute: ns, name, rawValue, then a Res_value.
          node.attributes.push({
            namespaceURI: optStr(buf.readUInt32LE(a), a),
            name: str(buf.readUInt32LE(a + 4), a),
            value: typedValue(a + 12),
          });
        }
        if (stack.length) stack[stack.length - 1].childNodes.push(node);
        else root = node;
        stack.push(node);
        break;
      }
      case RES_XML_END_ELEMENT_TYPE:
        if (cHeader < 16 || cSize < cHeader + 8)
          throw new AxmlError(`an end-element chunk of ${cSize} bytes is too short`, at);
        if (!stack.length) throw new AxmlError('an end tag with no element open', at);
        stack.pop();
        if (!stack.length) rootClosed = true;
        break;
      default:
        // Namespaces, CDATA, the resource map, and chunk types Android does not know (packers add
        // some to break tools; ResXMLParser::nextNode skips them): nothing the model needs, skipped
        // whole, their size checked above.
        break;
    }
    at = cEnd;
  }
  if (!root) throw new AxmlError('no root element', end);
  if (stack.length)
    throw new AxmlError(
      `the document ends inside <${stack[stack.length - 1].nodeName}> (${stack.length} element(s) left open)`,
      end,
    );
  return root;
}
