const podName = (key) => key.split('/')[1] ?? key;
/** Go's time.Duration String() for whole milliseconds: 500ms, 2s, 1.5s, 1m30s. */
export function goDuration(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    const m = Math.floor(ms / 60_000), s = (ms % 60_000) / 1000;
    return m > 0 ? `${m}m${s}s` : `${s}s`;
}
/** kubelet events for a waiting container (pkg/kubelet/events/event.go; kuberuntime "Error: %v"). */
function waitingEvent(reason, pod, message) {
    const object = `pod/${pod}`;
    switch (reason) {
        case 'ContainerCreating':
        case 'PodInitializing': return undefined;
        case 'CreateContainerConfigError': return { type: 'Warning', reason: 'Failed', object,
            message: `Error: ${message ?? reason}` };
        case 'ErrImagePull': return { type: 'Warning', reason: 'Failed', object, message: message ?? reason };
        case 'ImagePullBackOff': return { type: 'Normal', reason: 'BackOff', object, message: message ?? reason };
        case 'ErrImageNeverPull': return { type: 'Warning', reason: 'ErrImageNeverPull', object,
            message: message ?? reason };
        default: return { type: 'Warning', reason, object, message: message ?? reason };
    }
}
/**
 * Maps a fact to the Kubernetes Event a user would see, with the reasons and messages the
 * kubelet, scheduler and controllers use (pkg/kubelet/events/event.go, pkg/scheduler).
 * Returns undefined for facts that have no user-visible event.
 */
export function kubeEvent(e) {
    switch (e.type) {
        case 'PodScheduled': return { type: 'Normal', reason: 'Scheduled', object: `pod/${podName(e.pod)}`,
            message: `Successfully assigned ${e.pod} to ${e.node}` };
        case 'FailedScheduling': return { type: 'Warning', reason: 'FailedScheduling', object: `pod/${podName(e.pod)}`,
            message: e.message };
        case 'PodNominated': return { type: 'Normal', reason: 'Nominated', object: `pod/${podName(e.pod)}`,
            message: `Pod nominated to node ${e.node}` };
        case 'ImagePulling': return { type: 'Normal', reason: 'Pulling', object: `pod/${podName(e.pod)}`,
            message: `Pulling image "${e.image}"` };
        // pkg/kubelet/images/image_manager.go: "already present on machine" / "Successfully pulled image %q in %v (%v
        // including waiting)".
        case 'ImagePulled': return e.present
            ? { type: 'Normal', reason: 'Pulled', object: `pod/${podName(e.pod)}`,
                message: `Container image "${e.image}" already present on machine` }
            : { type: 'Normal', reason: 'Pulled', object: `pod/${podName(e.pod)}`,
                message: `Successfully pulled image "${e.image}" in ` +
                    `${goDuration(e.durationMs)} (${goDuration(e.durationMs)} including waiting)` };
        case 'ContainerWaiting': return waitingEvent(e.reason, podName(e.pod), e.message);
        case 'FailedMount': return { type: 'Warning', reason: 'FailedMount', object: `pod/${podName(e.pod)}`,
            message: e.message };
        case 'PodStatusPatched': return e.reason === 'DeadlineExceeded'
            ? { type: 'Normal', reason: 'DeadlineExceeded', object: `pod/${podName(e.pod)}`, message: e.message ?? '' }
            : undefined;
        case 'ContainerCreated': return { type: 'Normal', reason: 'Created', object: `pod/${podName(e.pod)}`,
            message: `Created container: ${e.container}` };
        case 'ContainerStarted': return { type: 'Normal', reason: 'Started', object: `pod/${podName(e.pod)}`,
            message: `Started container ${e.container}` };
        case 'ContainerExited': return { type: e.exitCode === 0 ? 'Normal' : 'Warning', reason: e.exitCode === 0
                ? 'Completed' : 'Error', object: `pod/${podName(e.pod)}`,
            message: `Container ${e.container} exited with code ${e.exitCode} (${e.reason})` };
        case 'OOMKilled': return { type: 'Warning', reason: 'OOMKilled', object: `pod/${podName(e.pod)}`,
            message: `Container ${e.container} was OOM-killed: memory use ${e.memoryBytes} bytes exceeded its limit of ` +
                `${e.limitBytes} bytes` };
        case 'BackOff': return { type: 'Warning', reason: 'BackOff', object: `pod/${podName(e.pod)}`,
            message: `Back-off restarting failed container ${e.container} in pod ` +
                `${podName(e.pod)}_${e.pod.split('/')[0]}(${e.uid})` };
        case 'Killing': return { type: 'Normal', reason: 'Killing', object: `pod/${podName(e.pod)}`, message: e.message };
        case 'HookFailed': return { type: 'Warning', reason: e.hook === 'postStart' ? 'FailedPostStartHook'
                : 'FailedPreStopHook', object: `pod/${podName(e.pod)}`, message: e.message };
        case 'ProbeFailed': return { type: 'Warning', reason: 'Unhealthy', object: `pod/${podName(e.pod)}`,
            message: `${e.probe[0].toUpperCase()}${e.probe.slice(1)} probe failed: ${e.message}` };
        case 'ProbeSucceeded': return undefined;
        case 'PodTerminating': return undefined;
        case 'PodDeleted': return undefined;
        case 'NodeAdded': return { type: 'Normal', reason: 'RegisteredNode', object: `node/${e.node}`,
            message: `Node ${e.node} event: Registered Node ${e.node} in Controller` };
        case 'NodeLost': return { type: 'Warning', reason: 'NodeLost', object: `node/${e.node}`,
            message: e.kubeletOnly ? `Node ${e.node}'s kubelet stopped posting status (simulated fault)`
                : `Node ${e.node} stopped responding (simulated fault)` };
        case 'NodeRecovered': return { type: 'Normal', reason: 'NodeRecovered', object: `node/${e.node}`,
            message: `Node ${e.node} is responding again` };
        case 'NodeRemoved': return { type: 'Normal', reason: 'RemovingNode', object: `node/${e.node}`,
            message: `Node ${e.node} event: Removing Node ${e.node} from Controller` };
        case 'NodeConditionChanged': return e.condition.type === 'Ready'
            ? { type: e.condition.status === 'True' ? 'Normal' : 'Warning', reason: e.condition.status === 'True'
                    ? 'NodeReady' : 'NodeNotReady', object: `node/${e.node}`,
                message: `Node ${e.node} status is now: ${e.condition.status === 'True' ? 'NodeReady' : 'NodeNotReady'}` }
            : undefined;
        case 'NodeSchedulableChanged': return { type: 'Normal', reason: e.unschedulable ? 'NodeNotSchedulable'
                : 'NodeSchedulable', object: `node/${e.node}`,
            message: `Node ${e.node} status is now: ${e.unschedulable ? 'NodeNotSchedulable' : 'NodeSchedulable'}` };
        case 'ControllerEvent': return { type: e.eventType ?? 'Normal', reason: e.reason,
            object: `${e.resource.replace(/s$/, '')}/${e.key.split('/').pop()}`, message: e.message };
        case 'Warning': return { type: 'Warning', reason: 'Warning', object: e.object ?? 'scenario', message: e.message };
        default: return undefined;
    }
}
