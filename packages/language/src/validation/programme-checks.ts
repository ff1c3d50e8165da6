// The programme's own properties: a programme says when it starts. Without `start` its dates are counted from the
// earliest date written in it, or from a fixed day; never from the clock, so they would silently mean little.
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Programme } from '../generated/ast.js';
import type { DtpServices } from '../dtp-module.js';
import { UNDATED_START } from '../scheduler/schedule.js';
import type { CheckFactory } from './dtp-validator.js';
import { report } from './report.js';

export const programmeChecks: CheckFactory = (services: DtpServices) => ({
    Programme: (programme: Programme, accept: ValidationAcceptor) => {
        if (programme.start || !programme.name) return;
        const schedule = services.scheduler.ScheduleProvider.getSchedule(AstUtils.getDocument(programme));
        if (schedule && schedule.programme !== programme) return; // a second programme in the file: duplicate-programme
        const start = schedule?.plan.programme.start;
        const counted = !start ? ''
            : start === UNDATED_START ? ` Its dates are counted from ${start}, a fixed day, because the plan gives no date at all.`
            : ` Its dates are counted from ${start}, the earliest date written in it.`;
        report(accept, 'missing-start',
            `Programme \`${programme.name}\` has no \`start\`.${counted} Add \`start YYYY-MM-DD\` (or YYYY-MM, YYYY-Qn) to the programme.`,
            { node: programme, property: 'name', data: start ? { start } : {} });
    }
});
