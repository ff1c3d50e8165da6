// Small plans the CLI tests write to temporary directories.

/** Valid: no errors and no warnings. */
export const CLEAN_PLAN = `programme tiny "Tiny programme" {
    start 2027-01-04
    capability cloud "Cloud" facility
    phase initiation {
        transformation-plan dtp "Digital Transformation Plan" { duration 4w }
    }
    phase foundation {
        activity landing "Landing zone" { duration 2m after dtp provides cloud }
    }
    phase improvement {
        activity portal "Portal" { duration 3m requires cloud }
    }
    phase continuous-improvement {
        activity review "Review" { every 3m }
    }
}
`;

/** Warnings only: the continuous-improvement phase is missing (missing-phase). */
export const WARNING_PLAN = `programme threephases "Three phases" {
    start 2027-01-04
    capability cloud "Cloud" facility
    phase initiation {
        transformation-plan dtp "Digital Transformation Plan" { duration 4w }
    }
    phase foundation {
        activity landing "Landing zone" { duration 2m after dtp provides cloud }
    }
    phase improvement {
        activity portal "Portal" { duration 3m requires cloud }
    }
}
`;

/** One error: \`after\` names an activity that does not exist, on line 8. */
export const ERROR_PLAN = `programme broken "Broken" {
    start 2027-01-04
    capability cloud "Cloud" facility
    phase initiation {
        transformation-plan dtp "Digital Transformation Plan" { duration 4w }
    }
    phase foundation {
        activity landing "Landing zone" { duration 2m after nowhere provides cloud }
    }
    phase improvement {
        activity portal "Portal" { duration 3m requires cloud }
    }
    phase continuous-improvement {
        activity review "Review" { every 3m }
    }
}
`;
