export const POD_EVENT_TYPES = {
    FailedMount: true,
    PodCreated: true, PodScheduled: true, FailedScheduling: true, PodSchedulingGated: true,
    PodSchedulingGatesChanged: true, PodNominated: true, PodTerminating: true,
    PodDeleted: true, PodStatusPatched: true, PodSandboxReady: true, PodMetadataChanged: true,
};
