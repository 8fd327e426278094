/**
 * apiserver registry/store.go createWithGenerateNameRetry: a create with metadata.generateName
 * whose generated name is taken tries again with a newly generated name, up to
 * maxNameGenerationCreateAttempts (8) attempts in all (RetryGenerateName, GA in v1.32); after the
 * last one the create fails as AlreadyExists.
 */
export const MAX_NAME_GENERATION_CREATE_ATTEMPTS = 8;

/** The first free name of up to 8 draws, or the 8th draw (taken: the caller reports AlreadyExists). */
export function retryGeneratedName(draw: () => string, taken: (name: string) => boolean): string {
  let name = draw();
  for (let i = 1; i < MAX_NAME_GENERATION_CREATE_ATTEMPTS && taken(name); i++) name = draw();
  return name;
}
