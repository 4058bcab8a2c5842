export interface RunningAzurite {
  connectionString: string;
  port: number;
  stop(): Promise<void>;
}
export function startAzurite(options?: { timeoutMs?: number }): Promise<RunningAzurite>;
