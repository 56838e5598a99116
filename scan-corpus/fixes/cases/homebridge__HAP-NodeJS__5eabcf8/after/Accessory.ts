import { MDNSServerOptions } from "@homebridge/ciao";
import crypto from 'crypto';
import createDebug from 'debug';
import assert from "assert";

import * as uuid from './util/uuid';
import { clone } from './util/clone';
import { SerializedService, Service, ServiceConfigurationChange, ServiceEventTypes, ServiceId } from './Service';
import { Access, Characteristic, CharacteristicEventTypes, CharacteristicSetCallback, Perms } from './Characteristic';
import { Advertiser, AdvertiserEvent } from './Advertiser';
import { CharacteristicsWriteRequest, Codes, HAPServer, HAPServerEventTypes, Status } from './HAPServer';
import { AccessoryInfo, PairingInformation, PermissionTypes } from './model/AccessoryInfo';
/* leakguard corpus: lines 13-200 pruned */
export class Accessory extends EventEmitter<Events> {

  /**
   * @deprecated Please use the Categories const enum above. Scheduled to be removed in 2021-06.
   */
  // @ts-ignore
  static Categories = Categories;

  // NOTICE: when adding/changing properties, remember to possibly adjust the serialize/deserialize functions
  aid: Nullable<number> = null; // assigned by us in assignIDs() or by a Bridge
  _isBridge: boolean = false; // true if we are a Bridge (creating a new instance of the Bridge subclass sets this to true)
  bridged: boolean = false; // true if we are hosted "behind" a Bridge Accessory
  bridge?: Accessory; // if accessory is bridged, this property points to the bridge which bridges this accessory
  bridgedAccessories: Accessory[] = []; // If we are a Bridge, these are the Accessories we are bridging
  reachable: boolean = true;
  lastKnownUsername?: MacAddress;
  category: Categories = Categories.OTHER;
  services: Service[] = [];
  private primaryService?: Service;
  shouldPurgeUnusedIDs: boolean = true; // Purge unused ids by default
  private controllers: Record<ControllerType, ControllerContext> = {};
  private serializedControllers?: Record<ControllerType, ControllerServiceMap>; // store uninitialized controller data after a Accessory.deserialize call
  private activeCameraController?: CameraController;

  _accessoryInfo?: Nullable<AccessoryInfo>;
  _setupID: Nullable<string> = null;
  _identifierCache?: Nullable<IdentifierCache>;
  controllerStorage: ControllerStorage = new ControllerStorage(this);
  _advertiser?: Advertiser;
  _server?: HAPServer;
  _setupURI?: string;

/* leakguard corpus: lines 233-398 pruned */
  getPrimaryAccessory = (): Accessory => {
    return this.bridged? this.bridge!: this;
  }
/* leakguard corpus: lines 402-458 pruned */
  removeBridgedAccessory = (accessory: Accessory, deferUpdate: boolean) => {
    if (accessory._isBridge)
      throw new Error("Cannot Bridge another Bridge!");

    var foundMatchAccessory = false;
    // check for UUID conflict
    for (var index in this.bridgedAccessories) {
      var existing = this.bridgedAccessories[index];
      if (existing.UUID === accessory.UUID) {
        foundMatchAccessory = true;
        this.bridgedAccessories.splice(Number.parseInt(index), 1);
        break;
      }
    }

    if (!foundMatchAccessory)
      throw new Error("Cannot find the bridged Accessory to remove.");

    accessory.removeAllListeners();

    if(!deferUpdate) {
      this._updateConfiguration();
    }
  }
/* leakguard corpus: lines 483-592 pruned */
  configureController(controllerConstructor: Controller | ControllerConstructor) {
    const controller = typeof controllerConstructor === "function"
        ? new controllerConstructor() // any custom constructor arguments should be passed before using .bind(...)
        : controllerConstructor;

    if (this.controllers[controller.controllerType]) {
      throw new Error(`A Controller with the type '${controller.controllerType}' was already added to the accessory ${this.displayName}`);
    }

    const savedServiceMap = this.serializedControllers && this.serializedControllers[controller.controllerType];
    let serviceMap: ControllerServiceMap;

    if (savedServiceMap) { // we found data to restore from
      const clonedServiceMap = clone(savedServiceMap);
      const updatedServiceMap = controller.initWithServices(savedServiceMap); // init controller with existing services
      serviceMap = updatedServiceMap || savedServiceMap; // initWithServices could return a updated serviceMap, otherwise just use the existing one

      if (updatedServiceMap) { // controller returned a ServiceMap and thus signaled a updated set of services
        // clonedServiceMap is altered by this method, should not be touched again after this call (for the future people)
        this.handleUpdatedControllerServiceMap(clonedServiceMap, updatedServiceMap);
      }

      controller.configureServices(); // let the controller setup all its handlers

      // remove serialized data from our dictionary:
      delete this.serializedControllers![controller.controllerType];
      if (Object.entries(this.serializedControllers!).length === 0) {
        this.serializedControllers = undefined;
      }
    } else {
      serviceMap = controller.constructServices(); // let the controller create his services
      controller.configureServices(); // let the controller setup all its handlers

      Object.values(serviceMap).forEach(service => {
        if (service) {
          this.addService(service);
        }
      });
    }


    // --- init handlers and setup context ---
    const context: ControllerContext = {
      controller: controller,
      serviceMap: serviceMap,
    };

    if (isSerializableController(controller)) {
      this.controllerStorage.trackController(controller);
    }

    this.controllers[controller.controllerType] = context;

    if (controller instanceof CameraController) { // save CameraController for Snapshot handling
      this.activeCameraController = controller;
    }
  }

  private handleAccessoryUnpairedForControllers(): void {
    for (const context of Object.values(this.controllers)) {
      const controller = context.controller;
      if (controller.handleFactoryReset) { // if the controller implements handleFactoryReset, setup event handlers for this controller
        controller.handleFactoryReset();
      }

      if (isSerializableController(controller)) {
        this.controllerStorage.purgeControllerData(controller);
      }
    }
  }
/* leakguard corpus: lines 663-1009 pruned */
  destroy = () => {
    this.unpublish();

    if (this._accessoryInfo) {
      Accessory.cleanupAccessoryData(this._accessoryInfo.username);

      this._accessoryInfo = undefined;
      this._identifierCache = undefined;
      this.controllerStorage = new ControllerStorage(this);
    }
  }
/* leakguard corpus: lines 1021-1117 pruned */
  _handleRemovePairing = (controller: Session, username: string, callback: RemovePairingCallback) => {
    if (!this._accessoryInfo) {
      callback(Codes.UNAVAILABLE);
      return;
    }

    if (!this._accessoryInfo.hasAdminPermissions(controller.username!)) {
      callback(Codes.AUTHENTICATION);
      return;
    }

    this._accessoryInfo.removePairedClient(controller, username);
    this._accessoryInfo.save();

    callback(0); // first of all ensure the pairing is removed before we advertise availability again

    if (!this._accessoryInfo.paired()) {
      this._advertiser && this._advertiser.updateAdvertisement();
      this.emit(AccessoryEventTypes.UNPAIRED);

      this.handleAccessoryUnpairedForControllers();
      for (const accessory of this.bridgedAccessories) {
        accessory.handleAccessoryUnpairedForControllers();
      }
    }
  };
/* leakguard corpus: lines 1144-1789 pruned */
}
/* leakguard corpus: lines 1791-1807 pruned */
