/** What administrators and process owners need to run the engine: metrics, migration of running instances. */
package be.clusterpact.operations;
