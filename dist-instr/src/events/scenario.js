export const SCENARIO_EVENT_TYPES = { SimulationStarted: true, SimulationStopped: true,
    Warning: true };
