/** Optional generated answers: a language model writes from cited passages, every claim verified. */
package fr.permanence.llm;
