import { since } from '../printers/humanDuration.js';
import { describeContainers, describeTopologySpread, describeVolumes } from './containers.js';
import { describeEvents } from './events.js';
import { DescribeWriter, printAnnotations, printControlledBy, printLabels, printTolerations } from './writer.js';
/** The pod fields a downward-API env var can name (fieldpath.ExtractFieldPathAsString), as describe resolves them. */
function podField(pod, path) {
    const md = pod.metadata;
    const fields = { 'metadata.name': md.name, 'metadata.namespace': md.namespace,
        'metadata.uid': md.uid, 'spec.nodeName': pod.spec.nodeName, 'spec.serviceAccountName': pod.spec.serviceAccountName,
        'status.hostIP': pod.status.hostIP, 'status.podIP': pod.status.podIP };
    const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
    return (m ? md[m[1]]?.[m[2]] : fields[path]) ?? '';
}
/**
 * `kubectl describe pod` (describe.go describePod, kubectl 1.34) at virtual time `now`, with the
 * Events the components recorded about the pod (src/output/events).
 */
export function describePod(pod, events, startTime, now) {
    const w = new DescribeWriter(startTime, now);
    const md = pod.metadata, sp = pod.spec, st = pod.status;
    w.write(0, `Name:\t${md.name}\n`);
    w.write(0, `Namespace:\t${md.namespace}\n`);
    w.write(0, `Priority:\t${sp.priority ?? 0}\n`);
    if (sp.priorityClassName)
        w.write(0, `Priority Class Name:\t${sp.priorityClassName}\n`);
    // The ServiceAccount admission plugin sets "default".
    w.write(0, `Service Account:\t${sp.serviceAccountName ?? 'default'}\n`);
    w.write(0, `Node:\t${sp.nodeName ? `${sp.nodeName}/${st.hostIP ?? ''}` : '<none>'}\n`);
    if (st.startTime !== undefined)
        w.write(0, `Start Time:\t${w.time(st.startTime)}\n`);
    printLabels(w, 'Labels', md.labels);
    printAnnotations(w, 'Annotations', md.annotations);
    if (md.deletionTimestamp !== undefined && st.phase !== 'Failed' && st.phase !== 'Succeeded') {
        w.write(0, `Status:\tTerminating (lasts ${since(now, md.deletionTimestamp)})\n`);
        w.write(0, `Termination Grace Period:\t${md.deletionGracePeriodSeconds ?? 0}s\n`);
    }
    else
        w.write(0, `Status:\t${st.phase}\n`);
    if (st.reason)
        w.write(0, `Reason:\t${st.reason}\n`);
    if (st.message)
        w.write(0, `Message:\t${st.message}\n`);
    w.write(0, `IP:\t${st.podIP ?? ''}\n`);
    if (!st.podIPs?.length)
        w.write(0, 'IPs:\t<none>\n');
    else {
        w.write(0, 'IPs:\n');
        for (const ip of st.podIPs)
            w.write(1, `IP:\t${ip.ip}\n`);
    }
    printControlledBy(w, md.ownerReferences);
    if (st.nominatedNodeName)
        w.write(0, `NominatedNodeName:\t${st.nominatedNodeName}\n`);
    const field = (path) => podField(pod, path);
    if (sp.initContainers?.length)
        describeContainers(w, 'Init Containers', sp.initContainers, st.initContainerStatuses, '', field);
    describeContainers(w, 'Containers', sp.containers, st.containerStatuses, '', field);
    if (st.conditions.length) {
        w.write(0, 'Conditions:\n  Type\tStatus\n');
        for (const c of st.conditions)
            w.write(1, `${c.type} \t${c.status} \n`);
    }
    describeVolumes(w, sp.volumes, '');
    w.write(0, `QoS Class:\t${st.qosClass ?? 'BestEffort'}\n`);
    printLabels(w, 'Node-Selectors', sp.nodeSelector);
    printTolerations(w, 'Tolerations', sp.tolerations);
    describeTopologySpread(w, sp, '');
    describeEvents(w, events);
    return w.toString();
}
