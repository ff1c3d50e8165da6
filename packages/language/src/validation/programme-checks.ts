// The programme's own properties: a programme says when it starts. Without `start` its dates are counted from the
// earliest date written in it, or from a fixed day; never from the clock, so they would silently mean little.
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Programme } from '../generated/ast.js';
import type { DtpCoreServices } from '../dtp-core-module.js';
import { UNDATED_START } from '../scheduler/schedule.js';
import type { CheckFactory } from './dtp-validator.js';
import { report } from './report.js';
import { text } from '@dtp/roadmap';

export const programmeChecks: CheckFactory = (services: DtpCoreServices) => ({
    Programme: (programme: Programme, accept: ValidationAcceptor) => {
        if (programme.start || !programme.name) return;
        const schedule = services.scheduler.ScheduleProvider.getSchedule(AstUtils.getDocument(programme));
        if (schedule && schedule.programme !== programme) return; // a second programme in the file: duplicate-programme
        const start = schedule?.plan.programme.start;
        report(accept, 'missing-start', text('check.missing-start', { name: programme.name, start, undated: start === UNDATED_START }),
            { node: programme, property: 'name', data: start ? { start } : {} });
    }
});
