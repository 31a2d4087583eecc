/** The rule catalogue: one package-private class per rule, registered in {@link seloste.check.rules.Rules#all()}. */
package seloste.check.rules;
