/** The language service and what a host gives it; see languageService.ts and host.ts. */
export { MAX_DOCUMENT_LENGTH, QUICKFIX_KIND, SOURCE, createLanguageService, describeError } from './languageService';
export type { LanguageService, LanguageServiceOptions } from './languageService';
export type { Cancellation, ConfigurationProblem, DocumentConfiguration, LanguageServiceHost, Logger } from './host';
export { CONFIG_FILE_NAME, LOG_LEVELS, configFileByUri, documentConfiguration } from './configuration';
export type { ApplyConfigFile, LogLevel } from './configuration';
