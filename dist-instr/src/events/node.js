export const NODE_EVENT_TYPES = {
    NodeAdded: true, NodeLost: true, NodeRecovered: true, NodeRemoved: true, NodeConditionChanged: true,
    NodeTainted: true, NodeUntainted: true, NodeSchedulableChanged: true, NodeMetadataChanged: true, ImageCached: true,
};
