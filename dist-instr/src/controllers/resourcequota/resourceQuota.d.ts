import type { ComponentContext } from '../../decider/component.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef } from '../controller.js';
/**
 * The resource quota controller (pkg/controller/resourcequota): keeps each quota's status.hard
 * (its spec.hard) and status.used (what the namespace's pods and objects use now) up to date,
 * recalculating when a pod or counted object of its namespace comes, goes or finishes. Usage
 * is printed as Quantity.String() prints it.
 */
export declare const resourceQuotaDef: ControllerDef;
export declare const resourceQuotaController: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ControllerComponent;
};
