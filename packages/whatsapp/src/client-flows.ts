import { FlowsApi } from "@tswa/core";
import { WhatsAppServerBase } from "./client-base.js";
import type { WhatsAppOptions } from "./options.js";

/**
 * The flow-management half of the client: every call of `@tswa/core`'s {@link FlowsApi}, as a
 * method of the client, with its `businessAccountId` and `phoneId` filled in.
 */
export class WhatsAppFlowManagement extends WhatsAppServerBase {
  /** The flow-management API the methods below belong to. */
  readonly flows: FlowsApi;
  /** {@inheritDoc @tswa/core!FlowsApi#createFlow} */
  readonly createFlow: FlowsApi["createFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlow} */
  readonly getFlow: FlowsApi["getFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlows} */
  readonly getFlows: FlowsApi["getFlows"];
  /** {@inheritDoc @tswa/core!FlowsApi#updateFlowMetadata} */
  readonly updateFlowMetadata: FlowsApi["updateFlowMetadata"];
  /** {@inheritDoc @tswa/core!FlowsApi#updateFlowJson} */
  readonly updateFlowJson: FlowsApi["updateFlowJson"];
  /** {@inheritDoc @tswa/core!FlowsApi#publishFlow} */
  readonly publishFlow: FlowsApi["publishFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#deprecateFlow} */
  readonly deprecateFlow: FlowsApi["deprecateFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#deleteFlow} */
  readonly deleteFlow: FlowsApi["deleteFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlowAssets} */
  readonly getFlowAssets: FlowsApi["getFlowAssets"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlowMetrics} */
  readonly getFlowMetrics: FlowsApi["getFlowMetrics"];
  /** {@inheritDoc @tswa/core!FlowsApi#migrateFlows} */
  readonly migrateFlows: FlowsApi["migrateFlows"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlowPreview} */
  readonly getFlowPreview: FlowsApi["getFlowPreview"];
  /** {@inheritDoc @tswa/core!FlowsApi#setBusinessPublicKey} */
  readonly setBusinessPublicKey: FlowsApi["setBusinessPublicKey"];
  /** {@inheritDoc @tswa/core!FlowsApi#getBusinessPublicKey} */
  readonly getBusinessPublicKey: FlowsApi["getBusinessPublicKey"];

  constructor(options: WhatsAppOptions = {}) {
    super(options);
    const api = new FlowsApi(this.graph, {
      businessAccountId: this.businessAccountId,
      phoneId: this.phoneId,
    });
    this.flows = api;
    this.createFlow = api.createFlow.bind(api);
    this.getFlow = api.getFlow.bind(api);
    this.getFlows = api.getFlows.bind(api);
    this.updateFlowMetadata = api.updateFlowMetadata.bind(api);
    this.updateFlowJson = api.updateFlowJson.bind(api);
    this.publishFlow = api.publishFlow.bind(api);
    this.deprecateFlow = api.deprecateFlow.bind(api);
    this.deleteFlow = api.deleteFlow.bind(api);
    this.getFlowAssets = api.getFlowAssets.bind(api);
    this.getFlowMetrics = api.getFlowMetrics.bind(api);
    this.migrateFlows = api.migrateFlows.bind(api);
    this.getFlowPreview = api.getFlowPreview.bind(api);
    this.setBusinessPublicKey = api.setBusinessPublicKey.bind(api);
    this.getBusinessPublicKey = api.getBusinessPublicKey.bind(api);
  }
}
