/**
 * The processes' contracts, one type per process: its key, the IDs of its elements and the names of
 * its variables, as the models in {@code bpmn/} and {@code forms/} define them. Every module may use
 * them; they depend on nothing.
 */
package be.clusterpact.process;
