export const WORKLOAD_EVENT_TYPES = {
    ObjectApplied: true, ObjectStatusUpdated: true, ObjectTerminating: true, ObjectDeleted: true, ControllerEvent: true,
};
