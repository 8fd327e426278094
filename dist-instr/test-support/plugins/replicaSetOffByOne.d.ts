export declare const components: {
    name: string;
    create: (scenario: import("../../src/index.js").Scenario, ctx: import("../../src/index.js").ComponentContext) => import("../../src/controllers/controller.js").ControllerComponent;
}[];
