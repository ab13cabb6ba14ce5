import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { workflowBundle } from '../temporal.js';

/**
 * Recorded histories replayed through the current workflow code: a change that would make
 * running workflows non-deterministic fails here, not in production. Re-record with
 * RECORD_HISTORIES=1 npx vitest run tests/workflows/deadlines only for an intended, versioned change.
 */
describe('workflow replay', () => {
  it('every recorded history replays through the current code', async () => {
    const dir = new URL('./histories/', import.meta.url);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.pb'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      // Histories are stored as the protobuf bytes the server sent.
      const history = temporal.api.history.v1.History.decode(await readFile(new URL(f, dir)));
      await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, f)).resolves.toBeUndefined();
    }
  }, 120_000);
});
