// The parts of the Azure SDK that `--azure`, `why` and `snapshot` use: the credential chain, the three management
// clients and the pipeline's request and error types. Imported lazily (never by offline runs), always through this one
// module, so the error class that the ARM guards throw and test (`instanceof RestError`) is the one the clients'
// pipelines see. The CLI bundle loads it from dist/bundle/azure-sdk.cjs (scripts/bundle.mjs): one pre-bundled file
// instead of the packages' 570 modules, about 0.7 s of CPU less per run.
export { DefaultAzureCredential } from '@azure/identity';
export { KeyVaultManagementClient } from '@azure/arm-keyvault';
export { AuthorizationManagementClient } from '@azure/arm-authorization';
export { ManagedServiceIdentityClient } from '@azure/arm-msi';
export { RestError, createPipelineRequest } from '@azure/core-rest-pipeline';
