// Azure clouds by the names the Key Vault provider accepts in an SPC's `cloudName` (go-autorest
// EnvironmentFromName, case-insensitive; empty = AzurePublicCloud): the ARM endpoint and the Entra authority a
// live read of that cloud must use. AzureStackCloud is configured per installation and has no fixed endpoint.
export interface AzureCloud {
  readonly name: string;
  readonly armEndpoint: string;
  readonly authorityHost: string;
}

export const AZURE_CLOUDS: readonly AzureCloud[] = [
  { name: 'AzurePublicCloud', armEndpoint: 'https://management.azure.com', authorityHost: 'https://login.microsoftonline.com' },
  { name: 'AzureChinaCloud', armEndpoint: 'https://management.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn' },
  { name: 'AzureUSGovernmentCloud', armEndpoint: 'https://management.usgovcloudapi.net', authorityHost: 'https://login.microsoftonline.us' },
  { name: 'AzureGermanCloud', armEndpoint: 'https://management.microsoftazure.de', authorityHost: 'https://login.microsoftonline.de' },
];

/** The cloud an SPC `cloudName` names; undefined for AzureStackCloud and names the provider would reject. */
export function cloudByName(name: string | undefined): AzureCloud | undefined {
  if (name === undefined || name.trim() === '') return AZURE_CLOUDS[0];
  const upper = name.trim().toUpperCase();
  return AZURE_CLOUDS.find((c) => c.name.toUpperCase() === upper);
}
