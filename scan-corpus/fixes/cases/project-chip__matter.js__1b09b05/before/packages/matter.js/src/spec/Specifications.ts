/**
 * @license
 * Copyright 2022-2023 Project CHIP Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** {@link https://csa-iot.org/developer-resource/specifications-download-request/ Matter Core Specification 1.0} */
export interface MatterCoreSpecificationV1_0 {}

/** {@link https://csa-iot.org/developer-resource/specifications-download-request/ Matter Application Cluster Specification 1.0} */
export interface MatterApplicationClusterSpecificationV1_0 {}

/** {@link https://csa-iot.org/developer-resource/specifications-download-request/ Matter Device Library Specification 1.0} */
export interface MatterDeviceLibrarySpecificationV1_0 {}

/** {@link https://csa-iot.org/developer-resource/specifications-download-request/ Matter Core Specification 1.1} */
export interface MatterCoreSpecificationV1_1 {}

/** {@link https://csa-iot.org/developer-resource/specifications-download-request/ Matter Application Cluster Specification 1.1} */
export interface MatterApplicationClusterSpecificationV1_1 {}

/** {@link https://csa-iot.org/developer-resource/specifications-download-request/ Matter Device Library Specification 1.1} */
export interface MatterDeviceLibrarySpecificationV1_1 {}
