// The scheduler's public API: scheduleProgramme (pure) and the per-document ScheduleProvider service.
export * from './schedule.js';
export * from './schedule-provider.js';
