import { createHash } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FileStorage } from '../../src/core/ports.js';

export interface S3StorageOptions {
  /** The S3-compatible endpoint (Scaleway, OVHcloud, Outscale, MinIO, Garage…); unset: AWS itself. */
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style addressing (https://host/bucket/key), which most S3-compatible services expect. */
  forcePathStyle?: boolean | undefined;
  /** Prepended to every key, so one bucket can serve several installations. */
  prefix?: string | undefined;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}$/;

/**
 * Attachments in an S3-compatible bucket, for several API replicas sharing them. Content-addressed like the
 * filesystem store (same key scheme), so moving from one to the other is a copy of the objects. A PUT of an
 * object is atomic in S3: a crash never leaves half a file under a real key.
 */
export function s3Storage(opts: S3StorageOptions): FileStorage & { close(): void } {
  const client = new S3Client({
    region: opts.region,
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    forcePathStyle: opts.forcePathStyle ?? !!opts.endpoint,
    credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey },
    // Many S3-compatible services do not take the SDK's newer streaming checksums; the body's SHA-256 is the key.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const objectKey = (key: string) => `${opts.prefix ?? ''}${key}`;
  return {
    async put(content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const key = `${sha256.slice(0, 2)}/${sha256}`;
      // The same bytes are stored once: an existing object is not written again.
      const exists = await client.send(new HeadObjectCommand({ Bucket: opts.bucket, Key: objectKey(key) })).then(
        () => true,
        (err: { $metadata?: { httpStatusCode?: number } }) => {
          if (err.$metadata?.httpStatusCode === 404) return false;
          throw err;
        },
      );
      if (!exists) {
        await client.send(new PutObjectCommand({ Bucket: opts.bucket, Key: objectKey(key), Body: content, ContentType: 'application/octet-stream' }));
      }
      return { key, sha256 };
    },
    async read(key) {
      if (!KEY.test(key)) return null;
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: opts.bucket, Key: objectKey(key) }));
        return res.Body ? new Uint8Array(await res.Body.transformToByteArray()) : null;
      } catch (err) {
        if (err instanceof NoSuchKey || (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
        throw err;
      }
    },
    async delete(key) {
      if (!KEY.test(key)) return;
      await client.send(new DeleteObjectCommand({ Bucket: opts.bucket, Key: objectKey(key) }));
    },
    close: () => client.destroy(),
  };
}
