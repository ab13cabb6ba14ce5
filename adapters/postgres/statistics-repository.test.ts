import { describe, expect, it } from 'vitest';
import { statisticsSources } from './statistics-repository.js';

describe('statisticsSources', () => {
  it('reads whole months from the monthly counts and the edges from the daily ones', () => {
    expect(statisticsSources('2025-11-15', '2026-11-20', false)).toEqual([
      { table: 'statistics_counts', from: '2025-11-15', to: '2025-11-30' },
      { table: 'statistics_monthly', from: '2025-12-01', to: '2026-10-31' },
      { table: 'statistics_counts', from: '2026-11-01', to: '2026-11-20' },
    ]);
    expect(statisticsSources('2024-01-01', '2024-12-31', false)).toEqual([{ table: 'statistics_monthly', from: '2024-01-01', to: '2024-12-31' }]);
    expect(statisticsSources('2024-02-01', '2024-02-29', false)).toEqual([{ table: 'statistics_monthly', from: '2024-02-01', to: '2024-02-29' }]);
  });
  it('reads days when there is no whole month, or when days or weeks are asked for', () => {
    expect(statisticsSources('2026-11-02', '2026-11-30', false)).toEqual([{ table: 'statistics_counts', from: '2026-11-02', to: '2026-11-30' }]);
    expect(statisticsSources('2026-10-15', '2026-11-14', false)).toEqual([{ table: 'statistics_counts', from: '2026-10-15', to: '2026-11-14' }]);
    expect(statisticsSources('2024-01-01', '2024-12-31', true)).toEqual([{ table: 'statistics_counts', from: '2024-01-01', to: '2024-12-31' }]);
  });
});
