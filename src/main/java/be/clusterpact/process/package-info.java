/**
 * The processes' contracts, one type per process: its key, the IDs of its elements and the names of
 * its variables, as the models in {@code bpmn/} and {@code forms/} define them; the group IDs; and the
 * one table of valid answers to the clusterpact's forms ({@link be.clusterpact.process.ClusterpactAnswers}).
 * Every module may use them; they depend on nothing but the JDK.
 */
package be.clusterpact.process;
