/** Projector palette: black on white (21:1); signed colors ≥ 6.9:1, so text passes AAA at these sizes. */
export const PROJECTOR = { ink: '#000000', paper: '#FFFFFF', up: '#0F548C', down: '#A4262C' } as const;
