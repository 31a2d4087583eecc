/** Work spread over the cores: many small independent tasks, their results in the order they were given. */
package seloste.parallel;
