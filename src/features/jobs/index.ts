import "server-only";

// Periodic jobs of every feature register themselves with the worker from here.
export {};
