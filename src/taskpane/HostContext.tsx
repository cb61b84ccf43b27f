import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_HOST, type HostCapabilities } from '../port/HostCapabilities';

const HostContext = createContext<HostCapabilities>(DEFAULT_HOST);

/**
 * Gives the pane what its host can do (platform, downloads, presentation window), from the composition root.
 * `host` may be undefined: App forwards its own optional prop as is.
 */
export function HostProvider(props: { host?: HostCapabilities | undefined; children: ReactNode }) {
  return <HostContext.Provider value={props.host ?? DEFAULT_HOST}>{props.children}</HostContext.Provider>;
}

/** The host's capabilities (a downloading host without presentation window when none was given). */
export function useHost(): HostCapabilities {
  return useContext(HostContext);
}
