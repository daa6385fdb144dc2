package org.amparo.screening;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** 8 U.S.C. 1367: whether protection attaches and which facts come only from an adverse party. */
public record Confidentiality(@JsonProperty("protected_1367") boolean protected1367, List<String> abuserOnlyFacts) { }
