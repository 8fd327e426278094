export const CONTAINER_EVENT_TYPES = {
    ImagePulling: true, ImagePulled: true, ContainerWaiting: true, ContainerCreated: true, ContainerStarted: true,
    ContainerExited: true,
    OOMKilled: true, BackOff: true, Killing: true, HookFailed: true,
};
