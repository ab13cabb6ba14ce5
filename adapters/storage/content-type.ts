import { fileTypeFromBuffer } from 'file-type';

/** The type of a file from its bytes (magic numbers, via file-type), never from its name. */
export async function detectContentType(bytes: Uint8Array): Promise<string | null> {
  return (await fileTypeFromBuffer(bytes))?.mime ?? null;
}
